<?php
/**
 * Database connection.
 */
