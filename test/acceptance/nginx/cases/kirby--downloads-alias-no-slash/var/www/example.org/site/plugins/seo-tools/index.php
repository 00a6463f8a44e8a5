<?php

Kirby::plugin('example/seo-tools', []);
