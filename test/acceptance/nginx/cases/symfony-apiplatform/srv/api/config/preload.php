<?php
// opcache preload stand-in
