<?php
/**
 * The PHP page that serves all page requests on a Backdrop installation.
 */
