//! Labelled behavioural answers for the STAR check: realistic backend-engineer answers, each with
//! its category and the expected `met` of every key, in `KEYS` order:
//! situation, task, action, result, metric, ownership, length (default 60–90 s band), filler.
//! `CASES` are asserted exactly by the tests; `HELD_OUT` was written after the rules were final
//! and labelled by judgement only, to measure precision and recall honestly (not asserted).

pub struct Case {
    pub name: &'static str,
    /// strong | vague | no-result | no-metric | only-we | too-long | too-short | filler | situational
    pub category: &'static str,
    pub text: &'static str,
    /// situation, task, action, result, metric, ownership, length, filler
    pub expect: [bool; 8],
}

const T: bool = true;
const F: bool = false;

pub const CASES: &[Case] = &[
    // ---------------------------------------------------------------- strong
    Case {
        name: "strong_checkout_latency",
        category: "strong",
        text: "At my last job I was on the payments team, and our checkout API had a p99 latency of around 800 ms during peak hours. Product was worried because abandoned carts were going up. My task was to get p99 under 200 ms before the holiday sale, without a rewrite. I started by profiling the slowest endpoints with our tracing data and found that every request made four sequential calls to the fraud service. I changed those calls to run in parallel and added a short-lived cache for the merchant config, which was read on every request but changed maybe once a day. I also added a load test to CI so we would catch regressions. As a result, p99 dropped from 800 ms to about 120 ms, and abandoned carts went down by roughly 6% over the sale weekend. What I took away from it is to measure first: my first guess had been the database, and it was wrong.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "strong_on_call_backlog",
        category: "strong",
        text: "Two years ago I was the on-call engineer for an order-processing service at a logistics company. On a Friday evening the queue consumers started crashing and about forty thousand orders piled up. It was on me to stop the bleeding and get the backlog processed before the warehouses opened at six. I looked at the crash logs and saw that one malformed message was killing each consumer as soon as it picked it up. I moved that message to a dead-letter queue by hand, restarted the consumers, and then wrote a small patch so a bad message gets parked instead of crashing the worker. I paged the team lead to review it, and I deployed it around midnight. The backlog was cleared in about ninety minutes, and the warehouses opened on time. The following week I wrote the postmortem and added an alert on dead-letter queue depth, so since then we have caught two similar messages without anyone being woken up.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "strong_reporting_replica",
        category: "strong",
        text: "In 2022 our team ran a Postgres database that had grown to about 3 TB on a single primary, and nightly reporting jobs were slowing down customer traffic. I was asked to separate the reporting load without taking any downtime. I proposed moving the reports to a read replica and wrote a short design doc comparing that with a separate warehouse. After the team agreed, I set up the replica, pointed the reporting service at it behind a feature flag, and moved the jobs over one at a time while watching replication lag. One job ran a huge full-table scan, so I rewrote it to read in batches by primary key. The migration finished in three weeks with zero downtime, and the primary's CPU during the reporting window went from 85% to around 40%. Customers stopped seeing the timeouts that used to happen every night, and the support tickets about slow pages dropped to almost nothing.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "strong_monolith_disagreement",
        category: "strong",
        text: "When I joined a fintech startup as a backend engineer, a senior colleague and I disagreed about whether to split our monolith into microservices before a big customer launch. My responsibility was the ledger module, so the decision landed on my plate as much as his. Instead of arguing in the channel, I booked an hour with him and wrote down both options with their risks. I pulled numbers from our deploy history and showed that most incidents came from shared database migrations, not from the code being in one repo. I suggested a middle path: keep one deployable, but give the ledger its own schema and its own migration pipeline. He pushed back on a few points, and I changed the plan to include his idea of contract tests between modules. We shipped the launch on schedule, and failed deploys went down from about one a week to one in the whole quarter. We still work together, and he now asks me to review his designs.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "strong_pipeline_cost",
        category: "strong",
        text: "Last spring our AWS bill for the data pipeline had doubled in six months and finance asked engineering to explain it. I owned the ingestion service, so I took on finding out where the money was going and bringing it back down. I tagged every resource by service and built a simple cost dashboard from the billing export. It showed that most of the growth came from debug logging that someone had left on in production and from over-provisioned Kafka brokers. I turned the log level back to info, set a retention of seven days on the raw logs, and right-sized the brokers after load testing them at twice our peak traffic. I also added a budget alert so a jump like that would page us next time. Within a month the pipeline cost went from roughly 42,000 dollars to 25,000 dollars a month, which is about 200 thousand dollars a year, and we have had no performance regressions from the smaller brokers.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "strong_flaky_suite",
        category: "strong",
        text: "At Delivery Hero I worked on a Go service whose integration test suite had become so flaky that people just re-ran the pipeline until it passed. A deploy took around forty minutes because of the retries. The goal I set with my manager was to make the suite trustworthy again within one sprint. I wrote a script that ran the suite fifty times overnight and ranked tests by failure rate. Most failures came from three tests that shared a database and depended on timing, so I gave each test its own schema and replaced the sleeps with polling on the actual condition. I quarantined the two tests I couldn't fix quickly and opened tickets for them with their owners. By the end of the sprint the failure rate was under 1%, and the average pipeline time dropped to twelve minutes. The team stopped hitting re-run by reflex, and I still use that overnight ranking script on every new project.",
        expect: [T, T, T, T, T, T, T, T],
    },
    // ---------------------------------------------------------------- vague
    Case {
        name: "vague_teamwork",
        category: "vague",
        text: "I would describe myself as a very collaborative engineer. I think communication is the most important thing on any backend team, because most problems are really people problems. Whenever there is a disagreement, I try to listen first and understand where the other person is coming from. I am a big believer in code reviews and in writing things down, so that knowledge does not stay in one person's head. In general I try to be proactive, so if I see something that could break in production, I raise it early instead of waiting. I also like to help the junior engineers, and I often pair with them on tricky tickets. I care a lot about quality, and I always write tests for my code. I think these habits make the whole team better over time, and people usually enjoy working with me. That is how I approach teamwork in general, and it is something I keep working on every year.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "vague_failure",
        category: "vague",
        text: "There have been plenty of times when things did not go as planned. Deadlines slip, requirements change, and sometimes the architecture we picked turns out to be the wrong one. When that happens I try not to panic. I look at what went wrong, talk to the people involved and figure out what we can do differently next time. I think failure is part of engineering, and the important thing is to learn from it. For example, with deployments, I am much more careful now about having a rollback plan. I also try to be honest with my manager early, rather than hiding problems until the last minute. Over the years that has made me calmer and more reliable, and my teams have trusted me more because of it. So overall I would say I handle failure well and I take it as a chance to grow as an engineer and as a teammate.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "vague_leadership",
        category: "vague",
        text: "Leadership for me is less about titles and more about taking responsibility. On my current team I am not a manager, but I often end up leading technical discussions. I try to make sure everyone gets heard, especially the quieter people, and I make decisions when the discussion goes in circles. I also think a leader should protect the team from too much noise, so I try to handle a lot of the questions from other teams myself. When something breaks, I like to be the one who jumps in first. I have led several projects over the years, including some migrations and a few new services, and they generally went well. People have told me that I am easy to work with and that I explain things clearly. I think that is the most important part of leadership: making other people more effective, not being the smartest person in the room.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "vague_pressure",
        category: "vague",
        text: "I work well under pressure, honestly I think I do my best work when there is a tight deadline. In backend work there is always something urgent, a production issue, a release, a customer escalation. My approach is to stay calm, prioritise, and communicate. I break the problem into smaller pieces and focus on what will unblock people first. I keep stakeholders updated regularly, even when there is no news, because silence makes people nervous. I also try to avoid heroics, because working all night usually creates more bugs than it fixes. After things calm down, I like to look back and see what we could automate or document so the same pressure does not happen again. My managers have generally appreciated that I stay level-headed, and I have been given more responsibility over time because of it. So I would say pressure is something I handle well and actually enjoy to some extent.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "vague_disagree_manager",
        category: "vague",
        text: "Yes, I have disagreed with my manager a few times, which I think is healthy. Usually it was about priorities, like whether to spend time on tech debt or on new features. My view is that you should bring data, not opinions, so I try to show the cost of the tech debt in terms of incidents or slow delivery. At the same time, the manager often has context I do not have, so I stay open to changing my mind. If we still disagree, I will commit to the decision and do my best to make it work, and I make sure my concerns are written down somewhere. In my experience this builds trust in both directions. Most of the time we found a compromise that worked for everyone, and I think my managers appreciated that I was direct but respectful about it. It is something I have gotten better at over the years.",
        expect: [F, F, F, F, F, F, T, T],
    },
    // ---------------------------------------------------------------- no-result
    Case {
        name: "noresult_catalogue_cache",
        category: "no-result",
        text: "At my previous company we had a product catalogue API that was getting slower every month as the catalogue grew. Some category pages were taking several seconds to load. I was asked to look into it and come up with a fix. I started by adding timing logs around each step of the request and running the slowest queries with EXPLAIN. I found that we were loading every product variant and then filtering in application code. I rewrote the query to filter in the database and added a composite index on category and status. I also introduced a Redis cache for the category listing with a five-minute expiry, and I wrote an invalidation hook that clears the cache when a product changes. I then did a walkthrough of the change with two teammates to make sure the invalidation logic made sense, and I updated the runbook so on-call would know how to flush the cache if needed.",
        expect: [T, T, T, F, F, T, T, T],
    },
    Case {
        name: "noresult_kafka_disk",
        category: "no-result",
        text: "Last year our main Kafka cluster ran out of disk during a traffic spike, and several consumer services started falling behind. I was on call that week, so it was my job to stabilise things. I checked the broker metrics and saw that two topics had retention set to thirty days by mistake. I lowered the retention on those topics, and once disk space came back I restarted the stuck consumers one by one. I kept the incident channel updated every fifteen minutes so that the support team knew what to tell customers. Then I went through the topic configs of the whole cluster and wrote a short script to flag any topic whose retention was longer than the default. I opened a pull request to add that check to our infrastructure pipeline and asked the platform team to review it. I also started drafting the postmortem with a timeline of what happened and when.",
        expect: [T, T, T, F, F, T, T, T],
    },
    Case {
        name: "noresult_api_v2",
        category: "no-result",
        text: "When I was working at an insurance startup, our partners kept complaining that our public REST API was inconsistent, with different error formats and pagination styles on every endpoint. My task was to design a consistent version two of the API while keeping version one running for existing partners. I collected every endpoint and wrote down how each one handled errors, pagination and filtering. Then I drafted a short style guide based on the JSON:API conventions and shared it with the other backend engineers for comments. I built a small middleware layer that produced the new error format and the new cursor pagination, so each team could adopt it endpoint by endpoint. I also set up contract tests that ran against both versions in CI, and I wrote the migration guide for partners with examples in three languages. Finally I presented the plan to the partner managers so they could start talking to customers about it.",
        expect: [T, T, T, F, F, T, T, T],
    },
    Case {
        name: "noresult_mentoring",
        category: "no-result",
        text: "In my last role I was the most senior engineer on a team of five, and we had just hired two graduates who had never worked with distributed systems. My manager asked me to get them productive on our event-driven order service as fast as possible. I set up a weekly session where we walked through one part of the system together, starting with how an order moves through the queues. I picked small but real tickets for them, like adding a field to an event or a new metric, and I paired with each of them for the first few. I wrote a one-page guide on how to trace a message through the system using our logging, and I made them the reviewers on some of my own pull requests so they could ask questions in context. When one of them got stuck on an idempotency bug, I sat down with her and we debugged it together step by step.",
        expect: [T, T, T, F, F, T, T, T],
    },
    Case {
        name: "noresult_token_expiry",
        category: "no-result",
        text: "A couple of years ago, during a routine review, I noticed that our internal admin service accepted session tokens that never expired. It was used by the support team to refund orders, so it was a real risk. I took ownership of fixing it, since nobody else on the team had context on that service. I read through the authentication code and found that the expiry check had been commented out during a debugging session two years earlier. I added expiry back with an eight-hour lifetime, introduced refresh tokens so support agents would not be logged out in the middle of a call, and wrote tests for the edge cases. Because the change would log everyone out, I coordinated with the support lead to release it early on a Monday morning, and I sent a short note to the team explaining why they would need to sign in again.",
        expect: [T, T, T, F, F, T, T, T],
    },
    // ---------------------------------------------------------------- no-metric
    Case {
        name: "nometric_billing_refactor",
        category: "no-metric",
        text: "At my last job we had a billing module that nobody wanted to touch, because every change broke something in invoicing. I was responsible for a new discount feature that had to go through that code. Before adding anything, I wrote characterisation tests around the existing invoice calculations using real anonymised invoices from production. Then I pulled the tax logic out into its own class and replaced a long chain of if statements with a small table of rules. I kept each refactoring step in a separate pull request, so reviewers could check them quickly and we could revert any single step. Once the structure was cleaner, I added the discount feature itself, which turned out to be a small change. In the end the feature shipped without a single billing bug, and the other engineers started making changes to that module again instead of routing everything through me. I learned that a safety net of tests makes people much braver.",
        expect: [T, T, T, T, F, T, T, T],
    },
    Case {
        name: "nometric_observability",
        category: "no-metric",
        text: "When I joined my current team, our services logged a lot but nobody could answer simple questions during an incident, like which customer was affected. My manager wanted someone to own observability, and I volunteered. I started with the most painful incident from the previous quarter and wrote down every question we could not answer. I introduced structured logging with a request ID and a customer ID on every line, and I added OpenTelemetry tracing to the three services involved in checkout. I also built a dashboard for each service with the four golden signals and wrote a short guide on how to use it during on-call. I ran two lunch sessions to show the team how to follow a trace from the gateway to the database. Since then, incidents have been much shorter and calmer, and when something breaks the on-call engineer can usually point to the slow service within a few minutes instead of guessing.",
        expect: [T, T, T, T, F, T, T, T],
    },
    Case {
        name: "nometric_saml_deadline",
        category: "no-metric",
        text: "Last year our company signed a large customer who needed single sign-on with their own identity provider, and sales had promised it by the end of the quarter. I had to add SAML support to our authentication service, which until then only handled passwords and Google login. I read the spec, then evaluated two libraries and picked the one that was actively maintained and had good test coverage. I built the integration behind a per-tenant setting, so we could turn it on for one customer at a time. I also wrote an end-to-end test with a local identity provider in Docker, because I did not want to debug certificate problems in production. When their IT team ran into clock skew issues, I jumped on a call with them and we fixed it together. We launched on time, the customer rolled it out to all their staff, and SSO has since become a standard part of our enterprise plan.",
        expect: [T, T, T, T, F, T, T, T],
    },
    Case {
        name: "nometric_review_bottleneck",
        category: "no-metric",
        text: "At a previous job, code reviews on our team had become a bottleneck, and pull requests often sat for days while people worked on their own tickets. As the tech lead, I was expected to fix the process without adding more meetings. I looked at a month of pull requests and noticed that the big ones waited the longest, so I proposed a soft limit on pull request size and asked people to split larger changes. I set up a bot that posted unreviewed pull requests in the team channel every morning, and I started reviewing the oldest ones first myself to set an example. I also paired with two engineers who regularly wrote very large changes and showed them how to stack smaller pull requests. After a couple of months, reviews were happening the same day most of the time, and the team said in the retro that they felt less blocked.",
        expect: [T, T, T, T, F, T, T, T],
    },
    Case {
        name: "nometric_prioritisation",
        category: "no-metric",
        text: "At my previous employer I was the only backend engineer on a mobile app team, and in one sprint I got three urgent requests at once: a payment bug, a new endpoint for marketing, and a database upgrade that ops wanted done before the old version went out of support. I needed to decide what to do first without upsetting everyone. I listed the three requests with their impact and deadline, and took the list to my manager and the two requesters in a fifteen-minute call. I argued that the payment bug came first because it was losing us money, and the database upgrade could wait a week without risk. I fixed the payment bug the same day, then built the marketing endpoint with a simple version first, and scheduled the upgrade for the following Tuesday. Everyone got what they needed in the end, nobody had to escalate, and my manager later used that list format for the whole team's planning.",
        expect: [T, T, T, T, F, T, T, T],
    },
    // ---------------------------------------------------------------- only-we
    Case {
        name: "onlywe_search_timeouts",
        category: "only-we",
        text: "At my last company our search service was timing out for large customers, and the p95 was over two seconds. We needed to bring it under 500 ms before a big enterprise deal closed. We profiled the service and found that we were running one Elasticsearch query per filter. We combined those into a single query, added caching for the facet counts and tuned the shard count on the cluster. We also set up a dashboard and alerts so we would notice if it got slow again. It was a really good team effort, everyone pitched in, and we worked closely with the product manager to decide which filters could be dropped from the first page. As a result, the p95 went down from over two seconds to about 300 ms, the deal closed, and we have not had a timeout complaint since. We learned a lot about how Elasticsearch handles aggregations, and we now load test every search change before it goes out.",
        expect: [T, T, T, T, T, F, T, T],
    },
    Case {
        name: "onlywe_checkout_pool",
        category: "only-we",
        text: "In 2021 we had a major outage on our checkout service during a flash sale, when the database connection pool ran out and requests started failing. As a team we had to get checkout back up as fast as possible and then make sure it could not happen again. We got everyone on a call, rolled back the last deploy, and increased the pool size as a quick fix. After that we went through the code together and found a transaction that held a connection while calling an external payment API. We moved the external call outside the transaction and added a timeout to it. We also load tested the checkout flow at three times the flash sale traffic before the next sale. The outage lasted about forty minutes, and at the next sale we handled twice the traffic with no errors at all. Our team got a shout-out from the CTO, and we now do load tests before every big sale.",
        expect: [T, T, T, T, T, F, T, T],
    },
    Case {
        name: "onlywe_job_migration",
        category: "only-we",
        text: "Two years ago our team moved a large Rails monolith's background jobs from Resque to Sidekiq, because Redis memory kept filling up and jobs were getting lost. The goal was to move around two hundred job types without losing any jobs or stopping deploys. We started by adding metrics to every job so we knew which ones were critical. Then we built a small adapter so a job could run on either system, and we migrated the jobs in batches of about twenty, starting with the least important ones. We kept both systems running side by side for a month and compared the counts every day. When we found a few jobs that were not idempotent, we fixed them before moving them. In the end we moved all the jobs in six weeks, lost jobs went from a handful every week to zero, and Redis memory use dropped by about 60%.",
        expect: [T, T, T, T, T, F, T, T],
    },
    Case {
        name: "onlywe_schema_ownership",
        category: "only-we",
        text: "At my last job our backend team and the data team disagreed about who should own the event schemas, and it caused a lot of broken dashboards every time we changed an event. We needed to agree on a process that both teams could live with. We set up a meeting with the data team leads and listed every breakage from the previous three months. Together we agreed on a shared schema registry with compatibility checks, and we added a step to our CI that blocked incompatible changes. We also wrote a short document explaining how to evolve an event safely, and we ran a session for both teams. Since then the number of broken dashboards dropped from around ten a month to one or two, and the two teams now review schema changes together. It really improved the relationship between the teams, and we have used the same approach for our API contracts.",
        expect: [T, T, T, T, T, F, T, T],
    },
    Case {
        name: "onlywe_notifications",
        category: "only-we",
        text: "When our notification service started struggling with Black Friday traffic last year, we knew we had to rework it before the next peak. It was sending push notifications synchronously from the API, so slow providers made the whole API slow, and on bad days checkout pages timed out because of it. We moved the sending to a queue with a pool of workers, and we added retries with backoff for provider errors. We also split the workers by channel, so a slow email provider could not block push notifications. We load tested it at five times the previous peak and fixed two bottlenecks we found in the database layer. On the next Black Friday the service handled about 3 million notifications an hour, API latency stayed flat at around 80 ms, and nobody on the team got paged once. The whole team was really proud of it, and the design has been copied by two other teams since.",
        expect: [T, T, T, T, T, F, T, T],
    },
    // ---------------------------------------------------------------- too-long
    Case {
        name: "toolong_cache_key_incident",
        category: "too-long",
        text: "So this was at my previous company, which was a mid-sized e-commerce business with around forty engineers, and I was on the platform team, which looked after the shared infrastructure, the databases, the queues and the deployment pipeline. We had a MySQL primary with two replicas, and it had been running for years without much attention, because it just worked and everyone was busy with features. One Monday morning the primary started hitting its connection limit every few minutes, and the shop would slow down and then recover, over and over, and nobody could work out why. My task was to find the cause and stop the slowdowns before the weekend promotion, which was the biggest sales event of the quarter. I started by looking at the processlist during one of the spikes and saw hundreds of identical queries from the recommendations service. I traced them back to a deploy from the Friday before, where a cache key had been changed by mistake so every request missed the cache. I rolled back that change, then I added a dashboard panel for cache hit rate and an alert when it falls below a threshold. I also wrote a short postmortem and proposed that cache key changes get an extra reviewer from the owning team. As a result, the connection spikes stopped immediately, the cache hit rate went back from 3% to 92%, and the promotion weekend ran without a single database alert. The proposal was accepted, and we have used that review rule ever since.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "toolong_kubernetes",
        category: "too-long",
        text: "Around three years ago I joined a company that was running about sixty services on hand-managed virtual machines. Deploys were done with a mix of shell scripts and Ansible playbooks, and every team had its own way of doing things, so onboarding a new engineer to deploy anything took weeks, and rollbacks were basically a manual process that only two people really understood. Leadership decided to move everything to Kubernetes, and I was asked to lead the migration for the twelve services owned by my group, while the other groups would follow our playbook later. The goal was to finish within two quarters and not have any customer-facing downtime during the move. I started by writing a standard Helm chart that covered our common needs, with health checks, resource limits and a sidecar for logs. Then I picked the simplest service, migrated it end to end, and wrote down every problem I hit. I set up a canary process where traffic moved from the old machines to the cluster in steps of ten percent, with automatic rollback on error rate. I paired with each service owner for their migration, and I ran a weekly office hour for questions. When a stateful service turned out to be a bad fit, I argued for leaving it on a virtual machine for now instead of forcing it. In the end all eleven stateless services moved in five months with no downtime, the average deploy time went from about forty minutes to six minutes, and other groups reused the chart and the canary process for their own migrations.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "toolong_reporting_pm",
        category: "too-long",
        text: "At my last job I worked closely with a product manager who was new to the company and under a lot of pressure to deliver a new reporting feature for our biggest customer. The feature needed a set of heavy aggregation queries over two years of transaction data, and she wanted it to be real-time, directly on the production database. I was responsible for the backend of the feature, and I was worried that running those queries on the primary would hurt checkout latency for everyone else. The first time I raised it, it went badly: I said no in a meeting without offering an alternative, and she felt I was blocking her. So I took a step back. I asked her for thirty minutes alone, and I started by asking what the customer actually needed to do with the reports, rather than arguing about the database. It turned out they only looked at the reports once a day, in the morning, to plan their stock. I then proposed a nightly pre-aggregation job into a separate reporting table, with an option to refresh on demand during the day. I built a quick prototype in two days so she could show it to the customer before we committed. She agreed, the customer was happy with it, and the feature shipped a week earlier than her original plan. Checkout latency stayed flat, and the report pages loaded in under a second instead of the fifteen seconds the first real-time prototype had taken. Since then she has involved me much earlier in planning, and we have a much better working relationship.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "toolong_rate_limiter",
        category: "too-long",
        text: "In 2023 I was working on the public API team of a SaaS company that sold a scheduling product to small businesses. Our API was open to partners, and one partner's integration had a bug that sent the same request in a tight loop whenever it got an error, so every now and then a single partner could generate more traffic than all our other customers combined. When that happened, the API servers would run out of workers and everyone would see errors, not just the partner with the bug. There was no rate limiting at all at that point, because the API had started as an internal tool and nobody had ever expected this kind of load. I was asked to design and ship rate limiting without breaking any of the well-behaved partners, many of whom had bursty but legitimate traffic patterns. I pulled a month of access logs and calculated the peak request rate per partner, so the limits would be based on real usage and not on guesses. I implemented a token bucket limiter in Redis, keyed by API key, and I added standard rate limit headers so partners could see their remaining budget. I shipped it first in a logging-only mode for two weeks and emailed the three partners who would have been limited, so they could fix their clients before enforcement. After we turned enforcement on, we had no further partner-caused outages, and API error rates during incidents dropped by about 95%. A couple of partners even thanked us for the headers, because it made their own retry logic simpler.",
        expect: [T, T, T, T, T, T, F, T],
    },
    // ---------------------------------------------------------------- too-short
    Case {
        name: "short_compact_star",
        category: "too-short",
        text: "At my last job our product search API was slow during sales. I was asked to fix it before Black Friday. I added a missing index and I cached the top queries in Redis. Latency dropped from 900 ms to 150 ms and the sale went smoothly.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "short_one_liner",
        category: "too-short",
        text: "I fixed a memory leak in our Java service once.",
        expect: [F, F, F, F, F, F, F, T],
    },
    Case {
        name: "short_we_project",
        category: "too-short",
        text: "We moved our cron jobs to a queue last year. It was a good project and the team liked it.",
        expect: [T, F, F, F, F, F, F, T],
    },
    Case {
        name: "short_double_charges",
        category: "too-short",
        text: "When I was at a travel startup, our booking service sometimes charged customers twice if the payment provider timed out. My job was to stop the double charges. I added an idempotency key to every payment request and stored it with the booking, so a retry would reuse the first charge. I also wrote a script to find and refund the past duplicates. After the release we had zero double charges in the next six months.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "short_no_example",
        category: "too-short",
        text: "Um, I don't really have an example for that one.",
        expect: [F, F, F, F, F, F, F, F],
    },
    // ---------------------------------------------------------------- filler
    Case {
        name: "filler_report_endpoint",
        category: "filler",
        text: "Um, so at my last job, we had, like, a really slow reporting endpoint, and, um, customers were basically waiting like thirty seconds for a page to load, which, you know, is forever. My task was to, you know, make it fast enough that people stopped complaining to support. So I, um, profiled it and found it was doing, like, an N+1 query for every single row in the report. I rewrote it as a single join, and I added an index on the customer ID, which, honestly, took like an hour. Um, then I also added a cache for the totals, because those only change once a day. And, uh, as a result the page went from thirty seconds to under two seconds, and basically the complaints just stopped. I mean, it was kind of a simple fix in the end, but I learned to, you know, always check the query count first.",
        expect: [T, T, T, T, T, T, T, F],
    },
    Case {
        name: "filler_vague",
        category: "filler",
        text: "Um, so, basically, I'm the kind of person who, like, really likes solving problems. I mean, in backend work you, um, you always have stuff breaking, right, and you know, I'm usually the one who jumps in. Basically I just, like, try to figure out what's going on and, uh, fix it. I think I'm sort of good at staying calm, and, um, people kind of rely on me for that. Actually my manager, um, has said that I'm, like, the go-to person for production stuff, which is, you know, nice. So yeah, I'd say, basically, I'm a problem solver and, uh, I literally enjoy the hard bugs.",
        expect: [F, F, F, F, F, F, F, F],
    },
    Case {
        name: "filler_pipeline_hedging",
        category: "filler",
        text: "So, I mean, at my last company we had sort of a monolith, and, um, the deploys were kind of slow, like, forty-five minutes or something. I was kind of asked to, you know, speed them up. So basically I looked at the pipeline and, um, I found that we were literally running the whole test suite twice, actually. I removed the duplicate step and I, um, split the tests into four parallel jobs, and I mean, I also cached the dependencies. Um, as a result, the deploys went from like forty-five minutes to, you know, twelve minutes or so. I mean, it was sort of a quick win, but, like, people were really happy, and, um, I learned to actually look at the pipeline config before, like, optimising the tests themselves.",
        expect: [T, T, T, T, T, T, F, F],
    },
    Case {
        name: "filler_transcript_no_punctuation",
        category: "filler",
        text: "so um basically at my last job we had this queue that kept backing up and um my task was to figure out why so I looked at the consumer metrics and I found that one consumer was like really slow because it called an external API for every message and um I added batching and I added a small cache and basically after that the lag went from like two hours to under a minute and you know the on call pages stopped",
        expect: [T, T, T, T, T, T, F, F],
    },
    // ---------------------------------------------------------------- situational (hypothetical)
    Case {
        name: "situational_conflict",
        category: "situational",
        text: "If I had a conflict with a teammate about a technical decision, I would first try to understand their point of view by asking questions rather than arguing. I would then write down the options with the pros and cons, ideally with some data, like benchmarks or incident history. If we still could not agree, I would suggest a time-boxed experiment, or bring in the tech lead to make the call. Once a decision is made, I would commit to it fully, even if it was not my preferred option, because a team that keeps relitigating decisions moves slowly. I would also make sure to follow up afterwards and check whether the decision worked out, so we can learn from it. I think the key is to keep the conversation about the problem and not about the people, and to assume good intent on both sides. That way the relationship stays healthy even when we disagree.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "situational_outage",
        category: "situational",
        text: "In a situation where production is down, the first thing I would do is check the dashboards and recent deploys, because most outages come from a change. If there was a deploy in the last hour, I would roll it back straight away and investigate afterwards, rather than trying to fix forward under pressure. I would open an incident channel and make one person the incident commander, so that communication with support and customers is handled by someone who is not debugging. While the system is recovering, I would keep notes with timestamps, which makes the postmortem much easier. Afterwards I would write a blameless postmortem, focusing on why the system allowed the mistake rather than on who made it, and I would make sure the action items actually get scheduled instead of sitting in a backlog. The goal would be to reduce the time to recovery, for example to under 30 minutes, and to stop the same class of incident from happening twice.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "situational_deadline",
        category: "situational",
        text: "I haven't been in exactly that situation, but I can tell you how I would approach missing a deadline. As soon as I realise a deadline is at risk, I would tell my manager and the stakeholders, with a clear explanation of why and a new realistic date. I would look at the scope and see what could be cut or delivered later, because often a smaller first version is still valuable. I would ask for help early rather than working nights, since tired engineers make mistakes, especially in backend systems where a bad migration can cause real damage. And I would keep everyone updated regularly so there are no surprises. Afterwards I would look at why the estimate was wrong, for example hidden dependencies or unclear requirements, and adjust how I estimate in future. I believe being transparent early is what keeps trust, even when the news is bad.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "situational_scaling_numbers",
        category: "situational",
        text: "If I were asked to scale an API that is struggling, I would start by measuring, not guessing. I would look at the p99 latency, the error rate and the saturation of each dependency, and find out where the time actually goes. Usually it is the database, so I would check for missing indexes and N+1 queries first, and then consider a cache for hot reads with a short TTL, maybe 60 seconds. If the service is CPU bound, I would scale horizontally behind the load balancer and make sure the service is stateless. I would also add load tests to CI so we catch regressions before they reach production. My target would be something like a 50% reduction in p99 and staying under 200 ms at twice the current peak. I think having a clear number up front makes it much easier to know when you are done and to explain the trade-offs to the product team.",
        expect: [F, F, F, F, F, F, T, T],
    },
];

/// Written after the rules were final; labels by judgement, never by running the check.
pub const HELD_OUT: &[Case] = &[
    Case {
        name: "heldout_inventory_sync",
        category: "strong",
        text: "Back at Shopify, in my second year, the inventory sync between our warehouse system and the storefront drifted a lot, and merchants would oversell products they didn't actually have. Fixing the drift was assigned to me as my main project for the quarter. I dug into the sync job and realised it polled every ten minutes and overwrote counts, so any sale in between was lost. I replaced the polling with change events from the warehouse database, wrote a reconciliation job that compared both sides every night and logged differences, and rolled it out to ten merchants first. One merchant's data exposed a race between refunds and restocks, which I fixed with a version number on each stock row, and I added a dashboard so merchants could see when their counts were last synced. After the full rollout, oversell incidents fell from about 300 a month to fewer than 10, and merchant support tickets about stock went down by roughly 80 percent.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "heldout_webhooks_present_tense",
        category: "strong",
        text: "This was at a payments startup two years ago. Our webhook delivery to merchants kept failing silently, and merchants were missing payment confirmations. My job was to make delivery reliable, because we were about to sign a bank as a customer. So I start by pulling a week of delivery logs and I see that we never retried on timeouts, only on 500 errors. I add exponential backoff with a dead-letter table, I build a small page where merchants can replay failed webhooks, and I write an alert for when the dead-letter table grows. I also talk to our three biggest merchants to make sure their endpoints can handle retries. Within a month, successful delivery goes from around 94% to 99.9%, and the bank signs with us. The main thing I took from it is that silent failures are the worst kind of failure, because nobody knows to look for them.",
        expect: [T, T, T, T, T, T, T, T],
    },
    Case {
        name: "heldout_calm_in_incidents",
        category: "vague",
        text: "Honestly I think my biggest strength is that I'm calm in incidents. I don't get stressed easily, and people on the team tend to come to me when something is on fire. I'm good at breaking a big messy problem into smaller steps and just working through them one at a time. I also communicate a lot during incidents, so stakeholders aren't left guessing. Over the years I've handled a lot of production issues, from database failovers to bad deploys, and I've always tried to leave things better than I found them, with a runbook or a new alert. I believe good engineers own their systems end to end, not just the code but how it runs in production. That's the kind of engineer I try to be, and I think my teams would say the same about me if you asked them, because that is what they usually mention in my reviews.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "heldout_supplier_timeouts",
        category: "no-result",
        text: "At my previous job at a travel booking site, the search results page called six supplier APIs, and when one of them was slow the whole page hung. I was asked by my lead to make the page resilient to slow suppliers. I added per-supplier timeouts and a circuit breaker, so a slow supplier would be skipped instead of blocking the page. I also changed the page to render results as they arrived, using server-sent events, instead of waiting for all six. I wrote a chaos test that injected latency into one supplier at random, and I ran it in staging every night for two weeks. I also gave a short demo to the other search engineers, so they understood how the breaker behaves when a supplier recovers. I then documented the timeout values and the reasoning behind each one, and I handed the circuit breaker library over to the platform team so other services could use it.",
        expect: [T, T, T, F, F, T, T, T],
    },
    Case {
        name: "heldout_masking_account_numbers",
        category: "no-metric",
        text: "A year ago I was leading the backend work for a new mobile banking feature, and two weeks before launch our security review found that we were logging full account numbers. I had to clean that up without delaying the launch. I searched the codebase and the log pipeline for every place account numbers could appear, and I wrote a masking filter in our logging library so it would apply everywhere by default. I also added a test that fails the build if an unmasked account number shows up in log output, and I worked with the data team to purge the old logs. Before the change went out, I walked the security reviewer through the filter and the test so they could check it themselves. We launched on the planned date, the security team signed off on the fix, and the masking filter became the default in every service in the company.",
        expect: [T, T, T, T, F, T, T, T],
    },
    Case {
        name: "heldout_reporting_crashes",
        category: "only-we",
        text: "Last summer our team took over a legacy reporting service that crashed almost every Monday when weekly reports were generated. We had to make it stable before the finance team's quarter close. We started by adding memory profiling and discovered that the whole report was being built in memory. We switched to streaming the rows to the file, split the big weekly job into daily partial jobs, and moved the service onto bigger instances as a stopgap. Everyone took a part, some of us on the profiling and others on the job scheduling, and we reviewed each other's changes closely. We also wrote runbooks and set up alerts on memory usage. After these changes the service stopped crashing on Mondays, report generation time went from four hours to forty minutes, and finance closed the quarter without any delays. It was a great example of the team pulling together.",
        expect: [T, T, T, T, T, F, T, T],
    },
    Case {
        name: "heldout_checkout_releases",
        category: "too-long",
        text: "At my current company, which runs a marketplace for used cars, I joined the checkout team about eighteen months ago, shortly after a painful period in which the payment flow had been rebuilt twice by different contractors. The code worked most of the time, but it had three different ways of talking to the payment provider, no idempotency, and almost no tests, so every release was nerve-racking and usually happened late at night with half the team watching dashboards. In my first quarter there, my manager gave me the job of making releases boring again, without freezing feature work, because the business was about to expand into two new countries with their own payment methods. I began by writing end-to-end tests for the five flows that handled most of the money, using the provider's sandbox, and ran them on every merge. Then I consolidated the three provider clients into one, added idempotency keys to every charge and refund call, and moved the retry logic into that single client. I introduced feature flags for the new country payment methods so they could be released dark and switched on per market. Finally I wrote a release checklist and trained two other engineers to run releases, so it no longer depended on me. By the end of the next quarter we were releasing checkout during working hours twice a week instead of once a fortnight at night, payment-related incidents dropped from six in the previous quarter to one, and both new countries launched on schedule.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "heldout_node_leak",
        category: "too-short",
        text: "We had a memory leak in a Node service at my last job. I found it with heap snapshots, it was an event listener that was never removed. I fixed it and memory stayed flat after that.",
        expect: [T, F, T, T, F, T, F, T],
    },
    Case {
        name: "heldout_ci_half",
        category: "too-short",
        text: "In my last role, I reduced our CI time by about half. I was asked to speed up the build, so I parallelised the test jobs and added dependency caching. Builds went from 30 minutes to 14.",
        expect: [T, T, T, T, T, T, F, T],
    },
    Case {
        name: "heldout_duplicate_invoices",
        category: "filler",
        text: "So, um, at my last job we had this, uh, cron job that sent invoices, and sometimes it, like, sent them twice. My task was basically to, um, stop that from happening. I, uh, added a lock in Redis so only one instance runs at a time, and I, um, also added a unique constraint on the invoice table, you know, as a backstop. Um, and after that we had, like, zero duplicate invoices for the rest of the year, which, you know, the finance team was really happy about.",
        expect: [T, T, T, T, T, T, F, F],
    },
    Case {
        name: "heldout_slow_service_hypothetical",
        category: "situational",
        text: "Well, I'd start by understanding why the service is slow before touching anything. I'd look at traces to see whether the time is spent in the database, in downstream calls or in our own code. If it's the database, I'd check the query plans and the indexes. If it's a downstream service, I'd add timeouts and maybe a cache. Then I'd set a clear target with the product team, something like p95 under 300 milliseconds, and I'd measure after every change so we know what actually helped. I'd also make sure we add a performance test so the problem doesn't come back. I think the key is being methodical and not guessing. In my experience, most slow services have one or two big problems rather than many small ones, so finding those first gives you most of the gain for the least effort, and it keeps the team focused on what users actually feel.",
        expect: [F, F, F, F, F, F, T, T],
    },
    Case {
        name: "heldout_cloud_costs_no_context",
        category: "too-short",
        text: "I had to cut our cloud costs by a third. I started with a cost breakdown by service, and the biggest item was idle staging environments. I wrote a scheduler that shuts down staging outside working hours and I moved our batch jobs to spot instances. I also deleted about forty unattached volumes. Three months later the bill was down 36%, and nobody noticed any difference in their daily work.",
        expect: [F, T, T, T, T, T, F, T],
    },
    Case {
        name: "heldout_reindex_mostly_we",
        category: "only-we",
        text: "At my previous company we ran a self-hosted Elasticsearch cluster that kept running out of heap during reindexing. We needed to reindex 2 billion documents for a new mapping without downtime. We set up a second cluster, wrote a dual-write layer in the indexing service, and backfilled the new cluster over a weekend. Most of the work was careful coordination with the teams that owned the search pages, since they had to test against the new cluster. I wrote the comparison script that checked document counts between the clusters. We then switched reads over one index at a time, watching error rates and latency on both clusters as we went. The reindex finished in three days, with no downtime and no heap alerts, and query latency on the new mapping dropped by 40%. It was a big team effort with four of us involved, and I think we all learned a lot about capacity planning and about how Elasticsearch uses memory.",
        expect: [T, T, T, T, T, F, T, T],
    },
    Case {
        name: "heldout_payments_career_summary",
        category: "vague",
        text: "At my last company I worked on the payments team for three years. It was a great team and we built a lot of things together, like the refunds service and the fraud checks. I learned a lot there about reliability and about working with product managers. In general I try to be the person who asks questions early, because misunderstandings are expensive in payments. I also care about documentation and I usually write the design docs for the features I work on. Outside my own team, I often helped the support engineers understand payment failures and how to explain them to customers. My managers have always given me good feedback about ownership and communication. I think that experience prepared me well for a role like this one, where the backend is critical to the business and mistakes are costly, and where clear communication between teams matters a lot.",
        expect: [T, F, F, F, F, F, T, T],
    },
];
