<?php
/* compiled Twig template */
