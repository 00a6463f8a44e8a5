<?php
// FreshRSS application class (placeholder).
