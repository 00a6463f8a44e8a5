<?php
// Textpattern admin side
