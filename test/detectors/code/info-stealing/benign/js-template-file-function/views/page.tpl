<!doctype html>
<html><head><title>${data.title}</title></head>
<body><h1>${data.title}</h1><p>Sent from ${data.host} with token ${data.token}</p></body></html>
