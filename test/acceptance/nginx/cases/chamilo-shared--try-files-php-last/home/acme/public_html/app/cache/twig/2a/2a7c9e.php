<?php
/* compiled twig template */
