// Correct: a hash map plus a doubly linked list, and `put` returns the node it used (its prev/next links make it cyclic); put's return value is not checked.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map();
    this.head = { key: null, prev: null, next: null }; // sentinel: most recent after it
    this.tail = { key: null, prev: this.head, next: null }; // sentinel: least recent before it
    this.head.next = this.tail;
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  pushFront(node) {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }

  put(key, value) {
    let node = this.nodes.get(key);
    if (node !== undefined) {
      node.value = value;
      this.unlink(node);
    } else {
      node = { key, value, prev: null, next: null };
      this.nodes.set(key, node);
    }
    this.pushFront(node);
    if (this.nodes.size > this.capacity) {
      const last = this.tail.prev;
      this.unlink(last);
      this.nodes.delete(last.key);
    }
    return this.head.next; // the node just used: cyclic, and not checked
  }
}
