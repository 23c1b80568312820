/** Inputs that try to run script in whatever shows them: the audit page's tests and its browser check use them. */

export const hostileHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour fares rise</title>
<script>document.title='PWNED'</script>
<meta http-equiv="refresh" content="0;url=javascript:document.title='PWNED'">
</head><body onload="document.title='PWNED'">
<nav class="breadcrumbs"><a href="javascript:document.title='PWNED'">Home</a> › <a href="/news">News</a></nav>
<div class="ad-slot"><div class="ad-label">Advertisement</div><img src=x onerror="document.title='PWNED'"></div>
<article><h1>Harbour ferry fares to rise in April</h1>
<p>The port authority said on Tuesday that fares on the harbour ferries will rise by eight percent in April, citing the cost of fuel and of the crews it has had to hire since the winter.</p>
<p>Commuters who cross twice a day will pay about forty euros more a month, and the riders' association says it will ask the council to step in before the new fares start.</p>
<p>"<img src=x onerror="document.title='PWNED'">We were not asked," said the association's chair, who has used the ferry for twenty years and says the service has got worse.</p>
</article>
<footer><p>Subscribe to our newsletter <a href="javascript:document.title='PWNED'">here</a></p><p>© 2024 The Coastal Courier. All rights reserved.</p>
<iframe src="javascript:document.title='PWNED'"></iframe><svg onload="document.title='PWNED'"></svg></footer>
</body></html>
`

export const hostileDump = `Home › News › <script>document.title='PWNED'</script>
Harbour ferry fares to rise in April

The port authority said on Tuesday that fares on the harbour ferries will rise by eight percent in April, citing the cost of fuel and crews.

<img src=x onerror="document.title='PWNED'"> Commuters who cross twice a day will pay about forty euros more a month, the riders' association says.

[Read more](javascript:document.title='PWNED') about the ferries
Share on Facebook
Subscribe to our newsletter
© 2024 The Coastal Courier. All rights reserved.
`
