<?php
/**
 * Cron entry.
 */
