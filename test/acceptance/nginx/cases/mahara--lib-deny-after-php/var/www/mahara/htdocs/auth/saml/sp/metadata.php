<?php
// SP metadata.
