// A text-to-image API client: `seed` makes a generation repeatable, `secret_key` is the account's API secret.
class ImageClient {
  constructor(secretKey) {
    this.secretKey = secretKey;
  }

  async generate(prompt, seed = Math.floor(Math.random() * 2 ** 31)) {
    const res = await fetch('https://api.example-images.com/v1/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt, seed, steps: 30, secret_key: this.secretKey }),
    });
    if (!res.ok) throw new Error(`generation failed: ${res.status}`);
    return res.json();
  }
}

module.exports = { ImageClient };
