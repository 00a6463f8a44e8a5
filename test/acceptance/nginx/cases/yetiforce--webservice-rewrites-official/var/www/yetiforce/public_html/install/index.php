<?php
/**
 * Installer entry point.
 */
