<?php
return [];
