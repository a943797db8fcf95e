"""Release helper: creates a GitHub release, uploads to PyPI, and checks an S3 bucket, each with its own
credential sent only to its own service (or to the endpoint the user configures, such as LocalStack)."""
import os

import requests


def create_release(repo, tag):
    token = os.environ["GITHUB_TOKEN"]
    return requests.post(
        f"https://api.github.com/repos/{repo}/releases",
        json={"tag_name": tag},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def upload_dist(path):
    password = os.getenv("TWINE_PASSWORD")
    with open(path, "rb") as f:
        return requests.post("https://upload.pypi.org/legacy/", files={"content": f}, auth=("__token__", password), timeout=60)


def bucket_exists(bucket, endpoint=None):
    key = os.environ.get("AWS_ACCESS_KEY_ID")
    url = (endpoint or "https://s3.amazonaws.com") + "/" + bucket
    return requests.head(url, headers={"X-Key-Id": key or ""}, timeout=10).ok


def local_stack_check():
    return requests.get("http://localhost:4566/_localstack/health", headers={"X-Key": os.getenv("AWS_SECRET_ACCESS_KEY", "")}, timeout=5)
