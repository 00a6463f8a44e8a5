<?php
// Cron: run from the systemd timer.
