<?php
/**
 * Console.
 */
