<?php

// Composer autoloader (placeholder).
