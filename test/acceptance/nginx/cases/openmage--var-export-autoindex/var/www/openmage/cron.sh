#!/bin/sh
# stub: runs cron.php from crontab
