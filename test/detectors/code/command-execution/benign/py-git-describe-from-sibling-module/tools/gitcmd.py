GIT_DESCRIBE = 'git describe --tags --always'
EDITOR = 'vi'
