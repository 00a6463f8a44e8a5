<?php
// Symfony front controller (stand-in)
