<?php
// placeholder: Composer autoloader
