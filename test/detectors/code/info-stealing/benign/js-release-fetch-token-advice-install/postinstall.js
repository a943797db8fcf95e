// Looks up the latest release of the native library on the GitHub API, to pick a prebuilt binary.
async function latestRelease(repo) {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  const res = await fetch(`https://api.github.com/repos/${repo}/releases/latest`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (res.status === 403) {
    console.warn('GitHub API rate limit exceeded. Try setting the `GITHUB_TOKEN` environment variable to increase the rate limit');
    return undefined;
  }
  return (await res.json()).tag_name;
}

latestRelease('llama-org/llama.cpp').then((tag) => console.log(tag ?? 'using the bundled build'));
module.exports = { latestRelease };
