<?php
// Textpattern front controller
