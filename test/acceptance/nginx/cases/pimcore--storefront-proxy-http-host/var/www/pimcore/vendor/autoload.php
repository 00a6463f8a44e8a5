<?php
// Composer autoloader (placeholder)
