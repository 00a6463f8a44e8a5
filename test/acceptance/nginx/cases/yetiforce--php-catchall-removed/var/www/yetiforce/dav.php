<?php
/**
 * SabreDAV server.
 */
