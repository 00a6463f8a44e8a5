<?php
// Deprecated: run scheduled jobs over HTTP.
