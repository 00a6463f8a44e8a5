<?php
// Codeception entry (placeholder): dies unless REMOTE_ADDR is 127.0.0.1 or ::1.
