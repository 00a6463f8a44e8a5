<?php
/**
 * Webservice entry.
 */
