# A sample video some extractor tests against.
SAMPLE = 'https://www.dropbox.com/s/1bnz8r7mofx0osf/sample.mp4?dl=1'
