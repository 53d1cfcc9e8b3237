// The SQL worker: a real SQLite (sql.js, WebAssembly) off the page's thread, loaded only on SQL
// pages. Each request carries a dataset and jobs (core/src/sql/protocol.rs); every job runs on
// its own fresh in-memory copy of the dataset, so the reference's database and the learner's
// never meet, and whatever a learner's SQL drops, attaches or pragmas dies with its copy.
// The page stops a job that overruns its time limit by terminating this worker.
/* global initSqlJs */
// The browser tests start this worker from a Blob URL with the engine prepended and the
// WebAssembly at BACKPREP_SQL_WASM; the app loads both from next to this file.
if (typeof initSqlJs === "undefined") importScripts("sql-wasm.js");

const COUNT_LIMIT = 100000;
const engine = initSqlJs({ locateFile: (file) => self.BACKPREP_SQL_WASM || new URL(file, self.location.href).href });

function cell(v) {
  if (v instanceof Uint8Array) return Array.from(v, (b) => b.toString(16).padStart(2, "0")).join("");
  // JSON has no Infinity or NaN; say what it was rather than send null.
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return v;
}

function collect(st, maxRows) {
  const columns = st.getColumnNames();
  const rows = [];
  let count = 0;
  let more = false;
  while (st.step()) {
    if (count >= COUNT_LIMIT) {
      more = true;
      break;
    }
    count++;
    if (rows.length < maxRows) rows.push(st.get().map(cell));
  }
  return { columns, rows, count, more };
}

function message(e) {
  return String((e && e.message) || e);
}

/** Builds the dataset once; each job opens its own copy of the image. */
function image(SQL, req) {
  const db = new SQL.Database();
  try {
    db.run(req.schema);
    db.run("BEGIN");
    for (const t of req.tables) {
      const marks = t.columns.map(() => "?").join(", ");
      const st = db.prepare(`INSERT INTO ${t.name} (${t.columns.join(", ")}) VALUES (${marks})`);
      try {
        for (const r of t.rows) st.run(r);
      } finally {
        st.free();
      }
    }
    db.run("COMMIT");
    return db.export();
  } finally {
    db.close();
  }
}

function runJob(SQL, bytes, job) {
  const t0 = performance.now();
  const out = { result: null, error: null, reads: [], objects: [], statements: 0, ms: 0 };
  const db = new SQL.Database(bytes);
  try {
    // Keys are enforced for the learner's SQL (the dataset was loaded without the check).
    db.run("PRAGMA foreign_keys = ON");
    try {
      for (const st of db.iterateStatements(job.sql)) {
        out.statements++;
        try {
          if (st.getColumnNames().length > 0) out.result = collect(st, job.max_rows);
          else while (st.step());
        } finally {
          st.free();
        }
      }
    } catch (e) {
      out.error = message(e);
    }
    if (out.error === null) {
      for (const read of job.reads) {
        let st = null;
        try {
          st = db.prepare(read.plan ? `EXPLAIN QUERY PLAN ${read.sql}` : read.sql);
          if (read.params.length) st.bind(read.params);
          const rs = collect(st, job.max_rows);
          // A plan is its `detail` column.
          if (read.plan) rs.rows = rs.rows.map((r) => [r[3]]), (rs.columns = ["detail"]);
          out.reads.push({ Ok: rs });
        } catch (e) {
          out.reads.push({ Err: message(e) });
        } finally {
          if (st) st.free();
        }
      }
      const master = db.exec("SELECT type, name, sql FROM sqlite_master");
      out.objects = master.length ? master[0].values : [];
    }
  } finally {
    db.close();
  }
  out.ms = performance.now() - t0;
  return out;
}

self.onmessage = async (e) => {
  let reply;
  try {
    const req = JSON.parse(e.data);
    const SQL = await engine;
    const bytes = image(SQL, req);
    const outcomes = [];
    req.jobs.forEach((job, i) => {
      self.postMessage(JSON.stringify({ job: i }));
      outcomes.push(runJob(SQL, bytes, job));
    });
    reply = { outcomes, error: null };
  } catch (err) {
    reply = { outcomes: [], error: `the SQL engine failed: ${message(err)}` };
  }
  self.postMessage(JSON.stringify(reply));
};
