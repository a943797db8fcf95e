// A wallet UI helper: copies the user's own address when they press "copy", and reads a pasted recipient.
const ADDRESS = /^0x[a-fA-F0-9]{40}$/;

async function copyAddress(account) {
  await navigator.clipboard.writeText(account.address);
}

async function pasteRecipient() {
  const text = (await navigator.clipboard.readText()).trim();
  return ADDRESS.test(text) ? text : undefined;
}

module.exports = { copyAddress, pasteRecipient };
