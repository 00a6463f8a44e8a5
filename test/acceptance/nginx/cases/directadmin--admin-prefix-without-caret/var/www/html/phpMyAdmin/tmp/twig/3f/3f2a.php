<?php
/* compiled */
