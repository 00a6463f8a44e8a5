<?php
namespace Chamilo\CoreBundle\Entity; class Course {}
