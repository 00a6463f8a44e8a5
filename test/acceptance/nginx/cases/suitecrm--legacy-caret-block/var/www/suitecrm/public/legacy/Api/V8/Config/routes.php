<?php
// V8 API routes.
return [];
