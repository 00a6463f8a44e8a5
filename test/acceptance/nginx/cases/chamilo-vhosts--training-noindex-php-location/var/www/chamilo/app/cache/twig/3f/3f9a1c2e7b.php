<?php
/* compiled Twig template stand-in */
