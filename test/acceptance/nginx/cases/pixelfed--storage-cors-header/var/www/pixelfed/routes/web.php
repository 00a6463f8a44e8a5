<?php
// Placeholder. The real file routes, among others:
//   /.well-known/webfinger, /.well-known/nodeinfo, /.well-known/host-meta (federation discovery),
//   /login, /i/admin/*, /api/v1/* (Mastodon API), /users/{username}/inbox, /f/inbox,
//   /{username} (profiles), /p/{username}/{id} (posts).
