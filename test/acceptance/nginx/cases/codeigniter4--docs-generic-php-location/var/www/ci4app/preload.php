<?php
// opcache.preload script
