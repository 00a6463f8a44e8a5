<?php
/**
 * App config loader.
 */
