<?php
// CSRF protection, included by index.php
