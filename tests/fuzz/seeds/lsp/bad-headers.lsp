Content-Length: -1

Content-Length: 3
X: y

{}}Content-Length: 2

[]