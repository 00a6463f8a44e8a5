<?php

/* Twig template login.html, compiled */
