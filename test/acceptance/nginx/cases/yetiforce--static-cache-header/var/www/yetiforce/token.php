<?php
/**
 * Token entry.
 */
