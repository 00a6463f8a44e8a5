<?php
// stand-in: remote cron client
