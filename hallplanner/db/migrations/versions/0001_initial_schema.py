"""Initial schema: regions, departments, items, venues, windows, handling places, staff.

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('regions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('level', sa.Enum('city', 'district', 'town', 'village', name='level', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['regions.id'], name=op.f('fk_regions_parent_id_regions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regions')),
    sa.UniqueConstraint('name', name=op.f('uq_regions_name'))
    )
    op.create_table('departments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=128), nullable=False),
    sa.Column('short_name', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.Enum('局', '委', '办', '会', '其他', name='departmentkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_departments_region_id_regions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments')),
    sa.UniqueConstraint('full_name', name=op.f('uq_departments_full_name'))
    )
    with op.batch_alter_table('departments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_departments_region_id'), ['region_id'], unique=False)

    op.create_table('service_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('basic_code', sa.String(length=12), nullable=False),
    sa.Column('implementation_code', sa.String(length=36), nullable=False),
    sa.Column('item_type', sa.Enum('行政许可', '行政确认', '行政给付', '行政裁决', '行政奖励', '行政征收', '行政检查', '其他行政权力', '公共服务', name='itemtype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('city', 'district', 'town', 'village', name='level', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('annual_volume', sa.Integer(), nullable=False),
    sa.Column('avg_minutes', sa.Integer(), nullable=False),
    sa.Column('jointly_handled', sa.Boolean(), nullable=False),
    sa.Column('online_depth', sa.Integer(), nullable=False),
    sa.Column('fully_online', sa.Boolean(), nullable=False),
    sa.Column('negative_list', sa.Boolean(), nullable=False),
    sa.Column('special_sensitive', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'entered', 'sub_center', 'special_site', 'outside', name='entrystatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('plan_ref', sa.String(length=32), nullable=False),
    sa.Column('illustrative', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_service_items_department_id_departments'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_items')),
    sa.UniqueConstraint('implementation_code', name=op.f('uq_service_items_implementation_code'))
    )
    with op.batch_alter_table('service_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_items_basic_code'), ['basic_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_items_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_items_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_items_status'), ['status'], unique=False)

    op.create_table('venues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.Enum('city_center', 'district_center', 'sub_center', 'extension', 'town_center', 'village_station', 'legacy_office', 'special_site', name='venuekind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('open', 'closed', name='venuestatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('host_kind', sa.Enum('government', 'bank', 'insurer', 'notary', 'convenience_store', 'hospital', 'medical', 'car_dealer', 'fishing_port', 'industrial_park', 'other', name='hostkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('business_category', sa.String(length=64), nullable=False),
    sa.Column('location_label', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('floor', sa.String(length=16), nullable=False),
    sa.Column('room', sa.String(length=32), nullable=False),
    sa.Column('contact_person', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('plan_ref', sa.String(length=32), nullable=False),
    sa.Column('illustrative', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_venues_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_venues_region_id_regions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venues'))
    )
    with op.batch_alter_table('venues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venues_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_venues_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_venues_region_id'), ['region_id'], unique=False)

    op.create_table('windows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.Enum('domain', 'general', 'dedicated', name='windowkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('domain', sa.String(length=64), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('x', sa.Double(), nullable=False),
    sa.Column('y', sa.Double(), nullable=False),
    sa.Column('width', sa.Double(), nullable=False),
    sa.Column('height', sa.Double(), nullable=False),
    sa.Column('rotation', sa.Double(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_windows_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_windows_venue_id_venues'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_windows')),
    sa.UniqueConstraint('venue_id', 'number', name='uq_windows_venue_number')
    )
    with op.batch_alter_table('windows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_windows_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_windows_venue_id'), ['venue_id'], unique=False)

    op.create_table('handling_places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('main', 'extension', name='placerole', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['service_items.id'], name=op.f('fk_handling_places_item_id_service_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_handling_places_venue_id_venues'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['window_id'], ['windows.id'], name=op.f('fk_handling_places_window_id_windows'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handling_places')),
    sa.UniqueConstraint('item_id', 'venue_id', name='uq_handling_places_item_venue')
    )
    with op.batch_alter_table('handling_places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handling_places_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handling_places_venue_id'), ['venue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handling_places_window_id'), ['window_id'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('chief_rep', 'window', 'back_office', name='staffrole', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('full_time', sa.Boolean(), nullable=False),
    sa.Column('authorization_scope', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('window_id', sa.Integer(), nullable=True),
    sa.Column('illustrative', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_staff_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_staff_venue_id_venues'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['window_id'], ['windows.id'], name=op.f('fk_staff_window_id_windows'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_department_id'), ['department_id'], unique=False)


def downgrade() -> None:
    for table in ("staff", "handling_places", "windows", "venues", "service_items", "departments", "regions"):
        op.drop_table(table)
