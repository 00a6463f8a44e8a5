<?php
// Symfony front controller
