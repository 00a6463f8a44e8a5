<?php
// placeholder: feed refresh, run by cron as user freshrss
