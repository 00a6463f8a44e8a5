<?php
// placeholder: legacy cron entry point
