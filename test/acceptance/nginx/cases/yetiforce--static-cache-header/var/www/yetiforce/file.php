<?php
/**
 * File loader.
 */
